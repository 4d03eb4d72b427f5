"""Reusable editors for the wizard pages: bound forms, the record table, the RACI grid."""
