"""Tables shipped with vnplan: conventions as data, read by parsers, validators and docs."""
