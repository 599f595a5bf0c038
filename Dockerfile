FROM python:3.11-slim
WORKDIR /app
COPY pyproject.toml README.md ./
COPY ontology ontology
COPY kg kg
COPY ingest ingest
COPY ui ui
COPY data data
RUN pip install --no-cache-dir . && useradd --create-home hkg && mkdir -p /data && chown hkg /data
USER hkg
EXPOSE 8501
# Build (idempotently) the literature graph on the configured store, then serve the UI.
CMD ["sh", "-c", "hkg build && streamlit run ui/app/Home.py --server.headless true --server.port 8501 --server.address 0.0.0.0 --browser.gatherUsageStats false"]
