// The tests start processes and use Unix paths.
[assembly: System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
