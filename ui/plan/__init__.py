"""The joint client plan (yhteinen asiakassuunnitelma): versions, goals, services."""
