namespace VenvLsp.Bench.Generators;

/// <summary>
/// The Python distributions the generated packages use, with the versions they pin. The generated
/// approved list approves every one of them at its pinned version, so findings come only from the
/// deviations a generator puts in on purpose.
/// </summary>
public static class Catalog
{
    public static readonly (string Name, string Version)[] Pins =
    [
        ("numpy", "1.26.4"), ("scipy", "1.13.1"), ("pandas", "2.2.2"), ("xarray", "2024.6.0"), ("netCDF4", "1.7.1.post2"),
        ("cftime", "1.6.4"), ("torch", "2.3.1"), ("onnxruntime", "1.18.0"), ("PyYAML", "6.0.1"), ("requests", "2.32.3"),
        ("eccodes", "1.7.1"), ("cfgrib", "0.9.14.0"), ("python-dateutil", "2.9.0.post0"), ("pytz", "2024.1"), ("six", "1.16.0"),
        ("tzdata", "2024.1"), ("packaging", "24.1"), ("certifi", "2024.7.4"), ("charset-normalizer", "3.3.2"), ("idna", "3.7"),
        ("urllib3", "2.2.2"), ("filelock", "3.15.4"), ("fsspec", "2024.6.1"), ("Jinja2", "3.1.4"), ("MarkupSafe", "2.1.5"),
        ("networkx", "3.3"), ("sympy", "1.13.0"), ("mpmath", "1.3.0"), ("typing_extensions", "4.12.2"), ("dask", "2024.7.0"),
        ("toolz", "0.12.1"), ("cloudpickle", "3.0.0"), ("partd", "1.4.2"), ("locket", "1.0.0"), ("zarr", "2.18.2"),
        ("numcodecs", "0.13.0"), ("h5py", "3.11.0"), ("h5netcdf", "1.3.0"), ("pyproj", "3.6.1"), ("shapely", "2.0.5"),
        ("matplotlib", "3.9.1"), ("contourpy", "1.2.1"), ("cycler", "0.12.1"), ("fonttools", "4.53.1"), ("kiwisolver", "1.4.5"),
        ("pillow", "10.4.0"), ("pyparsing", "3.1.2"), ("attrs", "23.2.0"), ("click", "8.1.7"), ("tqdm", "4.66.4"),
        ("protobuf", "5.27.2"), ("flatbuffers", "24.3.25"), ("coloredlogs", "15.0.1"), ("humanfriendly", "10.0"), ("einops", "0.8.0"),
        ("timm", "1.0.7"), ("safetensors", "0.4.3"), ("huggingface-hub", "0.24.0"), ("ruamel.yaml", "0.18.6"), ("jsonschema", "4.23.0"),
    ];

    /// <summary>An approved list in requirements format: every pin, plus a few ranges as real lists have.</summary>
    public static string ApprovedList()
    {
        var text = new System.Text.StringBuilder("# Approved software for package-level venvs (generated for the benchmarks).\n");
        foreach (var (name, version) in Pins) text.Append(name).Append("==").Append(version).Append('\n');
        text.Append("numpy>=1.24,<2.3\nscipy>=1.10,<1.14\npip\nsetuptools\nwheel\n");
        return text.ToString();
    }

    /// <summary>A deterministic fake sha256 (64 hex digits).</summary>
    public static string Hash(Random random)
    {
        Span<byte> bytes = stackalloc byte[32];
        random.NextBytes(bytes);
        return Convert.ToHexStringLower(bytes);
    }
}
