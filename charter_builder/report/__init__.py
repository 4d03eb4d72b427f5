"""The mid-term review report (tussentijdse toetsing) as a Word document."""
