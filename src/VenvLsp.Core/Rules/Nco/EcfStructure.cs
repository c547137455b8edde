using VenvLsp.Ecflow;
using VenvLsp.Rules.Scripts;

namespace VenvLsp.Rules.Nco;

/// <summary>The includes that frame a job card: <c>head.h</c> and <c>tail.h</c>, in any include form, as long
/// as they reach the job (not inside <c>%comment</c> or <c>%manual</c>).</summary>
public static class EcfStructure
{
    public const string Head = "head.h";
    public const string Tail = "tail.h";

    /// <summary>The first include of <c>head.h</c> that reaches the job, or null.</summary>
    public static EcfInclude? FirstHead(EcfDocument ecf) => FirstOf(ecf, Head);

    /// <summary>The first include of <c>tail.h</c> that reaches the job, or null.</summary>
    public static EcfInclude? FirstTail(EcfDocument ecf) => FirstOf(ecf, Tail);

    /// <summary>True for a job card (not an include file) read through the ecFlow layer.</summary>
    public static bool IsJobCard(ShellContext context) =>
        context.Kind == Packages.DocumentKind.EcfJobCard && context.Document.Ecf is not null;

    private static EcfInclude? FirstOf(EcfDocument ecf, string name)
    {
        foreach (var include in ecf.Includes)
            if (include.IsInJob && include.FileName == name) return include;
        return null;
    }
}
