"""Tables the way every page shows them: the key columns pinned (they stay in view when a wide table
scrolls sideways at 1280 px), long text wrapped in taller rows with the full text in the cell's
overlay, missing values blank, and the grid's own toolbar (search, download as CSV, full screen)
left on; ``toolbarMode = "minimal"`` hides only Streamlit's app menu, not this one.
"""
from __future__ import annotations

import pandas as pd
import streamlit as st

from ui.app.display import frame

# Streamlit wraps text in a cell once the rows are taller than 4 rem; 72 px holds three lines.
WRAPPED_ROW_HEIGHT = 72


def table_config(columns, pinned=(), long=(), helps=None, long_width="large") -> dict:
    """``column_config`` for ``st.dataframe``: ``pinned`` columns pinned, ``long`` ones wide, a
    tooltip on the header of each column named in ``helps``. Names not in ``columns`` are ignored
    (a table without rows has none)."""
    helps = helps or {}
    config = {}
    for name in columns:
        kwargs = {}
        if name in helps:
            kwargs["help"] = helps[name]
        if name in pinned:
            kwargs["pinned"] = True
        if name in long:
            config[name] = st.column_config.TextColumn(width=long_width, **kwargs)
        elif kwargs:
            config[name] = st.column_config.Column(**kwargs)
    return config


def show_table(data, *, pinned=(), long=(), helps=None, key=None, height="auto", row_height=None,
               long_width="large"):
    """``data`` (a DataFrame or a list of dicts) as a grid: see the module's text. ``long`` text
    columns make the rows tall enough to wrap (``row_height`` for more lines)."""
    df = data if isinstance(data, pd.DataFrame) else pd.DataFrame(list(data))
    shown = df.copy()
    for name in df.columns:        # only columns with gaps turn to text: numbers stay numbers
        if df[name].isna().any():
            shown[name] = frame(df[[name]])[name]
    wrap = any(c in df.columns for c in long)
    return st.dataframe(shown, hide_index=True, width="stretch", height=height, key=key,
                        row_height=row_height or (WRAPPED_ROW_HEIGHT if wrap else None),
                        column_config=table_config(df.columns, pinned, long, helps, long_width))
