"""Clears the pages' process-wide store cache (AppTest runs pages in this process)."""
from __future__ import annotations


def reset_store_cache() -> None:
    import streamlit as st

    st.cache_resource.clear()
