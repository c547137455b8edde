using VenvLsp.Diagnostics;

namespace VenvLsp.Rules;

/// <summary>A rule that analyses one kind of document, described by <typeparamref name="TContext"/>.
/// One class per rule ID; the class, its fix and its tests share the rule's name.</summary>
public abstract class Rule<TContext> where TContext : DocumentContext
{
    public abstract RuleDescriptor Descriptor { get; }

    public abstract void Analyze(TContext context);
}
