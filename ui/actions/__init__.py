"""The agreed actions overview across clients."""
