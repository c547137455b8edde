namespace VenvLsp.Soak;

/// <summary>A generated repository of NCO-style packages: per package a requirements file, a build script,
/// J-jobs, ecFlow job cards, versions files, Python and ush scripts, and filler files the checker skips.</summary>
internal sealed class SoakWorkspace
{
    public required string Root { get; init; }
    public required List<string> Packages { get; init; }
    public required List<string> EditableFiles { get; init; }
    public int FileCount { get; init; }

    public static SoakWorkspace Create(string root, int files)
    {
        Directory.CreateDirectory(Path.Combine(root, ".git"));
        File.WriteAllText(Path.Combine(root, "approved.txt"), "numpy==1.26.4\nscipy==1.13.1\nrequests==2.32.3\nPyYAML==6.0.1\nxarray>=2024.1\n");
        File.WriteAllText(Path.Combine(root, "venvlsp.json"), """{ "approvedList": "approved.txt" }""");
        var perPackage = 100;
        var packageCount = Math.Max(1, files / perPackage);
        var packages = new List<string>();
        var editable = new List<string>();
        var written = 2;
        for (var p = 0; p < packageCount; p++)
        {
            var name = $"pkg{p:D3}";
            var package = Path.Combine(root, $"{name}.v1.0.{p}");
            packages.Add(package);
            void Write(string relative, string content, bool edit = false)
            {
                var path = Path.Combine(package, relative);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllText(path, content);
                written++;
                if (edit) editable.Add(path);
            }
            Write("requirements.txt", "numpy==1.26.4\nscipy\nrequests==2.32.3\n", edit: true);
            Write("versions/build.ver", "export python_ver=3.12.0\nexport numpy_ver=1.26.4\n", edit: true);
            Write("versions/run.ver", $"export {name}_ver=v1.0.{p}\n");
            Write(".gitignore", "venv/\n*.pyc\n");
            Write("sorc/build_venv.sh", $"#!/bin/bash\nset -eu\nexport HOME{name}=${{HOME{name}:-$(pwd)/..}}\nsource ${{HOME{name}}}/versions/build.ver\nmodule load python/${{python_ver}}\npython -m venv --copies ${{HOME{name}}}/venv\nsource ${{HOME{name}}}/venv/bin/activate\npip install -r ${{HOME{name}}}/requirements.txt\n", edit: true);
            Write($"jobs/J{name.ToUpperInvariant()}_FORECAST", $"#!/bin/bash\nset -x\nmodule load python/3.12.0\nsource ${{HOME{name}}}/venv/bin/activate\n${{HOME{name}}}/scripts/ex{name}_forecast.sh\ndeactivate\n", edit: true);
            Write($"ecf/{name}/j{name}_forecast.ecf", $"#PBS -N {name}_forecast\n%include <head.h>\nmodule load python/3.12.0\n${{HOME{name}}}/jobs/J{name.ToUpperInvariant()}_FORECAST\n%include <tail.h>\n%manual\nRuns the forecast.\n%end\n", edit: true);
            Write("ecf/include/head.h", "set -xe\n");
            Write("ecf/include/tail.h", "exit 0\n");
            Write($"scripts/ex{name}_forecast.sh", "#!/bin/bash\npython ${USHdir}/run.py\n");
            for (var i = 0; written < files && i < perPackage - 10; i++)
            {
                if (i % 3 == 0) Write($"ush/module_{i}.py", $"import numpy\nimport os\nfrom scipy import stats\n\ndef f{i}():\n    return numpy.zeros({i})\n");
                else if (i % 3 == 1) Write($"parm/config_{i}.nml", $"&config\n  value = {i}\n/\n");
                else Write($"fix/table_{i}.dat", string.Concat(Enumerable.Repeat($"{i} ", 50)) + "\n");
            }
        }
        return new SoakWorkspace { Root = root, Packages = packages, EditableFiles = editable, FileCount = written };
    }
}
