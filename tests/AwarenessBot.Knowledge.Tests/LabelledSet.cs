namespace AwarenessBot.Knowledge.Tests;

/// <summary>One row of a Data/answers-*.tsv set: expected entry id (null = must fall back), message, split.</summary>
internal sealed record LabelledQuestion(string? EntryId, string Message, bool Holdout);

/// <summary>Reads the labelled set (shared eval format plus a 4th column with the entry id).</summary>
internal static class LabelledSet
{
    /// <summary>The file name of every labelled set beside the tests (Data/answers-*.tsv), in ordinal order.</summary>
    public static IReadOnlyList<string> Files() =>
        [.. Directory.EnumerateFiles(TestPaths.Data(""), "answers-*.tsv").Select(p => Path.GetFileName(p)).Order(StringComparer.Ordinal)];

    public static IReadOnlyList<LabelledQuestion> Read(string path)
    {
        var rows = new List<LabelledQuestion>();
        var holdout = false;
        foreach (var line in File.ReadLines(path))
        {
            if (line.StartsWith('#'))
            {
                holdout = line.StartsWith("# split: holdout", StringComparison.Ordinal) || (holdout && !line.StartsWith("# split:", StringComparison.Ordinal));
                continue;
            }

            var cols = line.Split('\t');
            if (cols.Length < 3)
            {
                continue;
            }

            rows.Add(new(cols[0] == "answer" ? cols[3] : null, cols[2], holdout));
        }

        return rows;
    }
}

/// <summary>Figures for one engine on one split of the labelled set.</summary>
internal sealed record Figures(int Answerable, int Correct, int OutOfScope, int FellBack, IReadOnlyList<string> Misses)
{
    public double Accuracy => Answerable == 0 ? 1 : (double)Correct / Answerable;

    public double FallbackRate => OutOfScope == 0 ? 1 : (double)FellBack / OutOfScope;

    public override string ToString() =>
        $"top-1 accuracy {Correct}/{Answerable} = {Accuracy:P1}; out-of-scope fallback {FellBack}/{OutOfScope} = {FallbackRate:P1}";

    /// <summary>Correct = answered with the expected entry; out of scope = anything but an answer.</summary>
    public static Figures Measure(IEnumerable<LabelledQuestion> rows, Func<string, (bool Answered, string? EntryId)> decide)
    {
        int answerable = 0, correct = 0, outOfScope = 0, fellBack = 0;
        var misses = new List<string>();
        foreach (var row in rows)
        {
            var (answered, id) = decide(row.Message);
            if (row.EntryId is null)
            {
                outOfScope++;
                fellBack += answered ? 0 : 1;
                if (answered)
                {
                    misses.Add($"fallback expected, answered {id}: {row.Message}");
                }
            }
            else
            {
                answerable++;
                correct += answered && id == row.EntryId ? 1 : 0;
                if (!(answered && id == row.EntryId))
                {
                    misses.Add($"{row.EntryId} expected, got {(answered ? id : "no answer")}: {row.Message}");
                }
            }
        }

        return new(answerable, correct, outOfScope, fellBack, misses);
    }
}
