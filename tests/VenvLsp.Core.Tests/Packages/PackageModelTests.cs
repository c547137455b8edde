using VenvLsp.Packages;
using VenvLsp.Tests.Support;
using VenvLsp.Workspace;

namespace VenvLsp.Tests.Packages;

public class PackageModelTests
{
    private static ModelName Model(InMemoryFileSystem files, string root = "/repo/hafs.v2.1.0") =>
        PackageModel.GetModel(new WorkspaceSnapshot(files), root);

    [Fact]
    public void Takes_the_model_from_the_configuration_first()
    {
        var files = new InMemoryFileSystem().AddDirectory("/repo/.git").Add("/repo/venvlsp.json", """{ "model": "hafsv2" }""")
            .Add("/repo/hafs.v2.1.0/ecf/jhafs_forecast.ecf", "export model=hafs\n%include <head.h>\n");
        Assert.Equal(new ModelName("hafsv2", ModelSource.Configuration, "/repo/venvlsp.json"), Model(files));
    }

    [Theory]
    [InlineData("export model=hafs\n")]
    [InlineData("model=hafs\n")]
    [InlineData("  export model=\"hafs\"  # the model\n")]
    [InlineData("export export model=hafs\n")]
    public void Takes_the_model_a_job_card_sets(string line)
    {
        var files = new InMemoryFileSystem().AddDirectory("/repo/.git")
            .Add("/repo/hafs.v2.1.0/ecf/forecast/jhafs_forecast", "#PBS -N hafs\n" + line + "%include <head.h>\n");
        Assert.Equal("hafs", Model(files, "/repo/hafs.v2.1.0").Name);
        Assert.Equal(ModelSource.EcfFile, Model(files, "/repo/hafs.v2.1.0").Source);
    }

    [Fact]
    public void Falls_back_to_the_folder_name()
    {
        var files = new InMemoryFileSystem().AddDirectory("/repo/.git").AddDirectory("/repo/aigefs.v1.0.0/jobs");
        Assert.Equal(new ModelName("aigefs", ModelSource.FolderName, null), Model(files, "/repo/aigefs.v1.0.0"));
    }

    [Fact]
    public void Classifies_the_files_of_a_package()
    {
        var files = new InMemoryFileSystem().AddDirectory("/repo/.git")
            .Add("/repo/p.v1.0.0/ecf/p/jp_fcst.ecf", "%include <head.h>\n")
            .Add("/repo/p.v1.0.0/ecf/p/jp_post", "#PBS -N x\n%include <head.h>\n")
            .Add("/repo/p.v1.0.0/ecf/include/head.h", "set -x\n")
            .Add("/repo/p.v1.0.0/jobs/JP_FCST", "#!/bin/bash\n")
            .Add("/repo/p.v1.0.0/jobs/README", "notes\n")
            .Add("/repo/p.v1.0.0/scripts/exp_fcst.sh", "#!/bin/bash\n")
            .Add("/repo/p.v1.0.0/ush/p_util.py", "import os\n")
            .Add("/repo/p.v1.0.0/ush/p_tool.sh", "#!/bin/bash\n")
            .Add("/repo/p.v1.0.0/sorc/build_venv.sh", "#!/bin/bash\n")
            .Add("/repo/p.v1.0.0/versions/run.ver", "export python_ver=3.12.0\n")
            .Add("/repo/p.v1.0.0/requirements.txt", "numpy\n")
            .Add("/repo/p.v1.0.0/venv/bin/activate", "x\n");
        var kinds = PackageModel.GetFiles(new WorkspaceSnapshot(files), "/repo/p.v1.0.0").ToDictionary(f => f.RelativePath, f => f.Kind);
        Assert.Equal(DocumentKind.EcfJobCard, kinds["ecf/p/jp_fcst.ecf"]);
        Assert.Equal(DocumentKind.EcfJobCard, kinds["ecf/p/jp_post"]);
        Assert.Equal(DocumentKind.EcfInclude, kinds["ecf/include/head.h"]);
        Assert.Equal(DocumentKind.JJob, kinds["jobs/JP_FCST"]);
        Assert.False(kinds.ContainsKey("jobs/README"));
        Assert.Equal(DocumentKind.ExScript, kinds["scripts/exp_fcst.sh"]);
        Assert.Equal(DocumentKind.Python, kinds["ush/p_util.py"]);
        Assert.Equal(DocumentKind.UshScript, kinds["ush/p_tool.sh"]);
        Assert.Equal(DocumentKind.ShellScript, kinds["sorc/build_venv.sh"]);
        Assert.Equal(DocumentKind.Versions, kinds["versions/run.ver"]);
        Assert.Equal(DocumentKind.Requirements, kinds["requirements.txt"]);
        Assert.DoesNotContain(kinds.Keys, k => k.StartsWith("venv/", StringComparison.Ordinal));
    }
}
