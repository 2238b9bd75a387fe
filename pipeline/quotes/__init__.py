"""Quotations: extraction, speakers, alignment across documents, evaluation."""
