using VenvLsp.Python;

namespace VenvLsp.Tests.Python;

public class ProvidedModulesTests
{
    [Fact]
    public void Derives_top_level_names_from_a_record()
    {
        var modules = ProvidedModules.FromRecord([
            "yaml/__init__.py", "yaml/_yaml.cpython-312-x86_64-linux-gnu.so", "yaml/__pycache__/__init__.cpython-312.pyc",
            "_yaml/__init__.py", "PyYAML-6.0.1.dist-info/RECORD", "PyYAML-6.0.1.dist-info/top_level.txt",
        ]);
        Assert.Equal<string>(["_yaml", "yaml"], modules.TopLevel);
        Assert.Equal<string>(["_yaml", "yaml"], modules.Modules);
    }

    [Fact]
    public void Reads_single_file_modules_and_extension_modules_at_the_top()
    {
        var modules = ProvidedModules.FromRecord([
            "six.py", "__pycache__/six.cpython-312.pyc", "_cffi_backend.cpython-312-x86_64-linux-gnu.so", "typing_extensions.py",
            "not.a.module.py", "distutils-precedence.pth", "README.md",
        ]);
        Assert.Equal<string>(["_cffi_backend", "six", "typing_extensions"], modules.TopLevel);
    }

    [Fact]
    public void Skips_scripts_data_and_metadata_outside_the_packages()
    {
        var modules = ProvidedModules.FromRecord([
            "../../bin/cfgrib", "../../share/man/man1/x.1", "/abs/path.py", "C:/x.py", "pkg-1.0.data/scripts/tool",
            "pkg-1.0.dist-info/METADATA", "foo.egg-info/PKG-INFO", "datafiles/table.csv", "cfgrib/__init__.py",
            "123bad/__init__.py", "81d243bd2c585b0f4821__mypyc.cpython-312-x86_64-linux-gnu.so",
        ]);
        Assert.Equal<string>(["cfgrib"], modules.TopLevel);
    }

    [Fact]
    public void Names_the_owned_package_inside_a_namespace_package()
    {
        var modules = ProvidedModules.FromRecord([
            "google/protobuf/__init__.py", "google/protobuf/json_format.py", "google/protobuf/internal/__init__.py",
            "google/_upb/_message.abi3.so", "protobuf-5.27.0.dist-info/RECORD",
        ]);
        Assert.Equal<string>(["google"], modules.TopLevel);
        Assert.Equal<string>(["google._upb._message", "google.protobuf"], modules.Modules);
        Assert.True(modules.Provides("google.protobuf"));
        Assert.True(modules.Provides("google.protobuf.json_format"));
        Assert.True(modules.Provides("google"));
        Assert.False(modules.Provides("google.cloud"));
        Assert.False(modules.Provides("googleapiclient"));
    }

    [Fact]
    public void Reads_installed_files_relative_to_the_egg_info_folder()
    {
        var lines = MetadataLists.ParseInstalledFiles("../yaml/__init__.py\n../yaml/__pycache__/x.pyc\n../../../../bin/tool\nPKG-INFO\ntop_level.txt\n../_yaml.so\n");
        var modules = ProvidedModules.FromInstalledFiles(lines);
        Assert.Equal<string>(["_yaml", "yaml"], modules.TopLevel);
    }

    [Fact]
    public void Reads_top_level_txt()
    {
        var names = MetadataLists.ParseTopLevel("gi\r\n\r\n  pygtkcompat  \r\n");
        Assert.Equal<string>(["gi", "pygtkcompat"], names);
        var modules = ProvidedModules.FromTopLevel(names);
        Assert.True(modules.Provides("gi.repository"));
        Assert.False(modules.Provides("g"));
    }
}
