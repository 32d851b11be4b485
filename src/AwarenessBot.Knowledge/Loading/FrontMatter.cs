using YamlDotNet.RepresentationModel;

namespace AwarenessBot.Knowledge.Loading;

/// <summary>A scalar value with the file line it came from.</summary>
internal readonly record struct LineValue(string Value, int Line);

/// <summary>Typed reads of front-matter fields that report problems with file line numbers.</summary>
internal sealed class FrontMatter(string path, YamlMappingNode root, int lineOffset, List<KnowledgeProblem> problems)
{
    public int LineOf(YamlNode node) => (int)node.Start.Line + lineOffset;

    public int KeyLine(string name) =>
        root.Children.Keys.FirstOrDefault(k => k is YamlScalarNode s && s.Value == name) is { } key
            ? LineOf(key)
            : LineOf(root);

    public (string? Value, int Line) RequiredScalar(string name)
    {
        var (value, line) = OptionalScalar(name);
        if (value is null && !HasKey(name))
        {
            problems.Add(new(path, LineOf(root), $"missing required field '{name}'"));
        }
        else if (value is null)
        {
            problems.Add(new(path, line, $"field '{name}' is empty"));
        }

        return (value, line);
    }

    public (string? Value, int Line) OptionalScalar(string name)
    {
        if (!TryGet(name, out var node))
        {
            return (null, LineOf(root));
        }

        if (node is not YamlScalarNode scalar)
        {
            problems.Add(new(path, LineOf(node), $"field '{name}' must be a single value"));
            return (null, LineOf(node));
        }

        var value = scalar.Value?.Trim();
        return (string.IsNullOrEmpty(value) ? null : value, LineOf(node));
    }

    /// <summary>A list field (block or flow sequence); a single scalar counts as a one-item list.</summary>
    public IReadOnlyList<LineValue>? List(string name, bool required)
    {
        if (!TryGet(name, out var node))
        {
            if (required)
            {
                problems.Add(new(path, LineOf(root), $"missing required field '{name}'"));
            }

            return null;
        }

        var items = new List<LineValue>();
        switch (node)
        {
            case YamlSequenceNode sequence:
                foreach (var child in sequence.Children)
                {
                    if (child is YamlScalarNode { Value: { } v } && v.Trim().Length > 0)
                    {
                        items.Add(new(v.Trim(), LineOf(child)));
                    }
                    else
                    {
                        problems.Add(new(path, LineOf(child), $"an item of '{name}' is empty or not a plain value"));
                    }
                }

                break;
            case YamlScalarNode { Value: { } single } when single.Trim().Length > 0:
                items.Add(new(single.Trim(), LineOf(node)));
                break;
            case YamlScalarNode:
                break;
            default:
                problems.Add(new(path, LineOf(node), $"field '{name}' must be a list"));
                return null;
        }

        if (required && items.Count == 0)
        {
            problems.Add(new(path, KeyLine(name), $"field '{name}' is empty"));
        }

        return items;
    }

    private bool HasKey(string name) => TryGet(name, out _);

    private bool TryGet(string name, out YamlNode node)
    {
        foreach (var (key, value) in root.Children)
        {
            if (key is YamlScalarNode s && s.Value == name)
            {
                node = value;
                return true;
            }
        }

        node = root;
        return false;
    }
}
