using System.Text.RegularExpressions;
using VenvLsp.Diagnostics;
using VenvLsp.Pep440;
using VenvLsp.Rules.Scripts;
using VenvLsp.Text;

namespace VenvLsp.Rules.Build;

/// <summary>VENV208: <c>module load python/3.11.7</c> with the version written in the script, not taken
/// from <c>versions/build.ver</c>; or a python older than the newest the configuration names.</summary>
public sealed partial class Venv208HardCodedPythonVersion : Rule<ShellContext>
{
    public override RuleDescriptor Descriptor { get; } = RuleCatalog.Get(RuleIds.HardCodedPythonVersion);

    public override void Analyze(ShellContext context)
    {
        if (!context.IsBuildScript) return;
        Pep440Version.TryParse(context.Options.NewestPython ?? "", out var newest);
        foreach (var occurrence in context.Script.Commands)
        {
            foreach (var module in VenvCommands.ModuleLoads(occurrence).Where(VenvCommands.IsPythonModule))
            {
                var text = module.StaticValue;
                if (text is not null && Version().Match(text) is { Success: true } match)
                {
                    var versionSpan = new TextSpan(module.Span.Start + module.Text.IndexOf(match.Value, StringComparison.Ordinal), match.Value.Length);
                    var older = newest is not null && Pep440Version.TryParse(match.Value, out var written) && written < newest;
                    context.Report(Descriptor, versionSpan,
                        $"python/{match.Value} is written into the script{(older ? $" and is older than the newest python, {newest}" : "")}: take it from versions/build.ver as ${{python_ver:?}}.",
                        [context.CreateFix("Use ${python_ver:?}", TextEdit.Replace(versionSpan, "${python_ver:?}"))]);
                }
                else if (newest is not null && PythonModules.VersionsFilePython(context) is { } fromFile &&
                         Pep440Version.TryParse(fromFile.Value, out var configured) && configured < newest)
                {
                    context.Report(Descriptor, module.Span,
                        $"python_ver is {fromFile.Value} in {System.IO.Path.GetFileName(fromFile.Path)}, older than the newest python, {newest}.");
                }
            }
        }
    }

    [GeneratedRegex(@"(?<=python/)\d+(\.\d+)+$")]
    private static partial Regex Version();
}
