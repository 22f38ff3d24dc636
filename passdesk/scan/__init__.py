"""Scan sources (keyboard wedge, NFC, VTAP serial, camera) and the station behind them."""
