"""Scan sources (keyboard wedge, NFC, VTAP serial, camera) and the Door behind them."""
