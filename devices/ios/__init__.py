"""iPhones over usbmux with pymobiledevice3."""
