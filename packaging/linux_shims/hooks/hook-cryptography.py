"""PyInstaller hook for the Linux bundle's stand-in ``cryptography`` (../cryptography):
nothing to add. It replaces PyInstaller's own hook, which would collect the real
package's metadata, bindings and OpenSSL modules."""
