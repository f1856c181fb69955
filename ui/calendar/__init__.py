"""The calendar page and the calendar file export."""
