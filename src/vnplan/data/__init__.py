"""Tables shipped with vnplan: data, not code. Each module records its sources."""
