"""What the lab hands out: audit reports (PDF, Excel), exports and trends."""
