"""Reading answers collected by other tools (CSV, TSV, XLSX, text): strict decoding, no Qt."""
