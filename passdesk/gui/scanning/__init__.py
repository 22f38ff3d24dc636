"""What the Door and the Till share: scan sources, sounds, the camera, finding a pass."""
