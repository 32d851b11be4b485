using System.Text.RegularExpressions;

namespace AwarenessBot.Cli.Commands;

/// <summary>
/// One row of an evaluation set (../shared/eval/*.tsv): expect, pattern (case-insensitive regex or "-"),
/// message, and optionally the expected entry id, either as a 4th column or as <c>id:&lt;entry-id&gt;</c>
/// in the pattern column.
/// </summary>
internal sealed record EvalRow(string File, int Line, string Expect, Regex? Pattern, string? EntryId, string Message);

internal static class EvalSet
{
    public static readonly string[] Expectations = ["answer", "fallback", "emergency", "not-emergency", "any"];

    public static (List<EvalRow> Rows, List<string> Problems) Read(string path)
    {
        var rows = new List<EvalRow>();
        var problems = new List<string>();
        var name = Path.GetFileName(path);
        var lineNumber = 0;
        foreach (var raw in File.ReadLines(path))
        {
            lineNumber++;
            var line = raw.TrimEnd('\r');
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var columns = line.Split('\t');
            var expect = columns[0].Trim().ToLowerInvariant();
            if (columns.Length < 3 || !Expectations.Contains(expect))
            {
                problems.Add($"{name}:{lineNumber}: expected `expect<TAB>pattern<TAB>message[<TAB>entry-id]` with expect one of {string.Join('|', Expectations)}");
                continue;
            }

            var pattern = columns[1].Trim();
            var entryId = columns.Length > 3 && columns[3].Trim().Length > 0 ? columns[3].Trim() : null;
            if (pattern.StartsWith("id:", StringComparison.OrdinalIgnoreCase))
            {
                entryId = pattern[3..].Trim();
                pattern = "-";
            }

            try
            {
                var regex = pattern is "-" or "" ? null : new Regex(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
                rows.Add(new EvalRow(name, lineNumber, expect, regex, entryId, columns[2]));
            }
            catch (ArgumentException ex)
            {
                problems.Add($"{name}:{lineNumber}: bad pattern: {ex.Message}");
            }
        }

        return (rows, problems);
    }
}
