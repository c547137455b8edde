// The tests use Unix paths, modes, FIFOs and /proc.
[assembly: System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
