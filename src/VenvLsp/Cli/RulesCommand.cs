using System.CommandLine;
using VenvLsp.Diagnostics;
using VenvLsp.Rules;

namespace VenvLsp.Cli;

/// <summary><c>venvlsp rules</c> and <c>venvlsp explain ID</c>: the catalog and each rule's page.</summary>
public static class RulesCommand
{
    public static Command CreateRules(TextWriter stdout)
    {
        var command = new Command("rules", "List every rule: ID, default severity, title.");
        command.SetAction(_ =>
        {
            foreach (var rule in RuleCatalog.All)
                stdout.WriteLine($"{rule.Id}  {rule.DefaultSeverity.ToName(),-7}  {rule.Set.ToString().ToLowerInvariant(),-7}  {rule.Title}{(rule.HasFix ? " [fix]" : "")}");
            return 0;
        });
        return command;
    }

    public static Command CreateExplain(TextWriter stdout, TextWriter stderr)
    {
        var id = new Argument<string>("id") { Description = "A rule ID such as VENV204." };
        var command = new Command("explain", "Print a rule's documentation.") { id };
        command.SetAction(parse =>
        {
            var requested = parse.GetValue(id) ?? "";
            if (!RuleCatalog.TryGet(requested, out var rule))
            {
                var suggestion = Common.EditDistance.Suggest(requested, RuleCatalog.All.Select(r => r.Id));
                stderr.WriteLine($"venvlsp: unknown rule \"{requested}\"{(suggestion is null ? "" : $"; did you mean {suggestion}?")} (venvlsp rules lists them)");
                return 2;
            }
            stdout.Write(RuleDocumentation.Get(rule.Id) ?? $"# {rule.Id}: {rule.Title}\n");
            return 0;
        });
        return command;
    }
}
