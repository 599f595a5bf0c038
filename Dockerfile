# HydrideKG app: the Streamlit UI and the hkg CLI, run as a non-root user; no secret is baked in.
FROM python:3.11-slim-bookworm

# WeasyPrint (PDF gap reports) loads Pango and HarfBuzz at run time and needs fonts to draw text; the
# slim image has none of them (WeasyPrint's install notes for Debian: libpango-1.0-0 libpangoft2-1.0-0).
RUN apt-get update \
 && apt-get install -y --no-install-recommends \
      libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz0b libharfbuzz-subset0 fontconfig fonts-dejavu-core \
 && rm -rf /var/lib/apt/lists/*

ENV PYTHONUNBUFFERED=1
WORKDIR /app
COPY pyproject.toml README.md ./
COPY ontology ontology
COPY kg kg
COPY ingest ingest
COPY ui ui
COPY data data
# Editable install from /app: the code runs from this tree, so the paths it computes from its own
# files (`hkg build` reads <tree>/data/snapshot) are inside /app. A plain `pip install .` would run a
# copy in site-packages, next to which there is no data/.
RUN pip install --no-cache-dir -e . \
 && python -m compileall -q ontology kg ingest ui \
 && useradd --create-home hkg && mkdir -p /data && chown hkg /data
USER hkg
EXPOSE 8501
# Refuse to start unless users can sign in (password file or OIDC, see README "Signing in"); build
# (idempotently) the literature graph on the configured store; then serve the UI.
CMD ["sh", "-c", "python -m ui.auth check && hkg build && streamlit run ui/app/Home.py --server.headless true --server.port 8501 --server.address 0.0.0.0 --browser.gatherUsageStats false --client.toolbarMode minimal"]
