"""The Customers step: customers' feedback beside the staff's words and the values."""
