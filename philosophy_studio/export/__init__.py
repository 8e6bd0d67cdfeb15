"""The charter and other exports (PDF with reportlab, HTML, Markdown, CSV/XLSX). No Qt."""
