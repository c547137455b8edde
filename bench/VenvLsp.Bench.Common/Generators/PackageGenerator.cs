namespace VenvLsp.Bench.Generators;

/// <summary>What to generate for one production package.</summary>
/// <param name="Model">The model name (<c>aigfs</c>); the folder is <c>{Model}.v1.0.0</c>.</param>
/// <param name="Index">Chooses the package's deliberate deviations (see <see cref="PackageGenerator"/>).</param>
/// <param name="Tasks">Job cards, J-jobs and ex-scripts: one of each per task.</param>
/// <param name="Full">With ush scripts, parm and fix data, modulefiles and docs (the workspace mix).</param>
/// <param name="BuildScript">The build script's text; else a 120-line one is generated.</param>
/// <param name="Requirements">The requirements file's text; else 24 pins (some packages with deviations).</param>
public sealed record PackageSpec(string Model, int Index, int Tasks = 14, bool Full = true, string? BuildScript = null, string? Requirements = null)
{
    public string Folder => $"{Model}.v1.0.0";
}

/// <summary>
/// Generates a production package the way NCO packages are laid out (ecf job cards with includes,
/// J-jobs, ex-scripts, ush shell and Python helpers, requirements, versions files, a venv build script,
/// <c>.gitignore</c>, parm and fix data). With <see cref="PackageSpec.Full"/> and 14 tasks it has exactly
/// 100 files. Packages differ by <see cref="PackageSpec.Index"/>: some build with virtualenv (links),
/// some pin an unapproved distribution, some activate the venv the non-standard way and deactivate in the
/// J-job, some forget <c>venv/</c> in <c>.gitignore</c>, so a tree has a realistic mix of findings.
/// </summary>
public static partial class PackageGenerator
{
    private static readonly string[] TaskNames =
    [
        "forecast", "post", "prep", "ens_mean", "verif", "archive", "plot", "stats", "gempak", "bufr", "qc", "blend", "cleanup", "transfer",
        "init", "ingest", "regrid", "products",
    ];

    /// <summary>The package's files, with paths relative to the folder that holds the package.</summary>
    public static List<GeneratedFile> Generate(PackageSpec spec)
    {
        var m = spec.Model;
        var root = spec.Folder + "/";
        var k = spec.Index;
        var files = new List<GeneratedFile>
        {
            GeneratedFile.Text(root + ".gitignore", k % 7 == 3 ? "*.pyc\n__pycache__/\n" : "venv/\n*.pyc\n__pycache__/\n"),
            GeneratedFile.Text(root + "requirements.txt", spec.Requirements ?? Requirements(k)),
            GeneratedFile.Text(root + "versions/build.ver", $"export python_ver=3.12.0\nexport netcdf_ver=4.9.2\nexport {m}_ver=v1.0.0\n"),
            GeneratedFile.Text(root + "versions/run.ver",
                $"export python_ver={(k % 6 == 4 ? "3.11.7" : "3.12.0")}\nexport netcdf_ver=4.9.2\nexport {m}_ver=v1.0.0\n"),
            GeneratedFile.Text(root + "sorc/build_venv.sh", spec.BuildScript ?? BuildScript(m, k), executable: true),
            GeneratedFile.Text(root + "ecf/include/head.h", HeadInclude),
            GeneratedFile.Text(root + "ecf/include/tail.h", TailInclude),
            GeneratedFile.Text(root + "ecf/include/envir-p1.h", EnvirInclude),
        };
        for (var t = 0; t < spec.Tasks; t++)
        {
            var task = TaskNames[t % TaskNames.Length] + (t >= TaskNames.Length ? (t / TaskNames.Length).ToString() : "");
            var stage = t < 4 ? "primary" : t < 9 ? "post" : "products";
            var card = $"{root}ecf/{m}/{stage}/j{m}_{task}" + (t == 13 ? "" : ".ecf");
            files.Add(GeneratedFile.Text(card, JobCard(m, task, k)));
            files.Add(GeneratedFile.Text($"{root}jobs/J{m.ToUpperInvariant()}_{task.ToUpperInvariant()}", JJob(m, task, k), executable: true));
            files.Add(GeneratedFile.Text($"{root}scripts/ex{m}_{task}.sh", ExScript(m, task), executable: true));
        }
        if (!spec.Full)
        {
            files.Add(GeneratedFile.Text($"{root}ush/{m}_forecast.py", PythonHelper(m, "forecast", k)));
            return files;
        }
        for (var u = 0; u < 12; u++)
        {
            var task = TaskNames[u % TaskNames.Length];
            files.Add(GeneratedFile.Text($"{root}ush/{m}_{task}_util.sh", UshScript(m, task), executable: true));
            files.Add(GeneratedFile.Text($"{root}ush/{m}_{task}.py", PythonHelper(m, task, k + u)));
        }
        for (var p = 0; p < 14; p++)
            files.Add(p % 2 == 0
                ? GeneratedFile.Text($"{root}parm/{m}_{TaskNames[p]}.yaml", ParmYaml(m, TaskNames[p], p))
                : GeneratedFile.Text($"{root}parm/{m}_{TaskNames[p]}.nml", ParmNamelist(p)));
        for (var f = 0; f < 10; f++)
            files.Add(f % 2 == 0
                ? new GeneratedFile($"{root}fix/{m}_grid_{f}.nc", FixBinary(k * 31 + f))
                : GeneratedFile.Text($"{root}fix/{m}_coefficients_{f}.dat", FixTable(f)));
        files.Add(GeneratedFile.Text($"{root}modulefiles/{m}.lua", ModuleFile(m)));
        files.Add(GeneratedFile.Text($"{root}doc/README.md", $"# {m}\n\nOperational {m} package. Build the venv with `sorc/build_venv.sh`.\n"));
        return files;
    }

    /// <summary>The repository around the packages: <c>.git/</c>, <c>venvlsp.json</c> and the approved list.</summary>
    public static List<GeneratedFile> RepositoryFiles() =>
    [
        GeneratedFile.Text(".git/HEAD", "ref: refs/heads/main\n"),
        GeneratedFile.Text("venvlsp.json", "{\n  \"approvedList\": \"approved-software.txt\",\n  \"newestPython\": \"3.12.0\"\n}\n"),
        GeneratedFile.Text("approved-software.txt", Catalog.ApprovedList()),
    ];

    private static string Requirements(int k) =>
        k % 5 == 2
            ? RequirementsGenerator.Pinned(24, k, unapproved: "leftpad==0.1.0") + "scipy\n"
            : RequirementsGenerator.Pinned(24, k);

    private static string BuildScript(string model, int k)
    {
        var text = BuildScriptGenerator.Generate(120, model).Text;
        return k % 4 == 1 ? text.Replace("python3 -m venv --copies", "python3 -m virtualenv", StringComparison.Ordinal) : text;
    }
}
