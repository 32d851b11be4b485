using System.Globalization;

namespace AwarenessBot.Cli.Commands;

/// <summary>Per-set figures: emergency recall, false-emergency rate, answer accuracy, fallback accuracy.</summary>
internal sealed class EvalFigures
{
    private int _emergencyRows, _emergencyRouted, _calmRows, _calmRoutedEmergency, _answerRows, _answerPassed, _fallbackRows, _fallbackPassed;

    public void Add(EvalRow row, AskLine line, bool passed)
    {
        var routedEmergency = line.Route == "emergency";
        switch (row.Expect)
        {
            case "emergency":
                _emergencyRows++;
                _emergencyRouted += routedEmergency ? 1 : 0;
                return;
            case "any":
                return;
            case "answer":
                _answerRows++;
                _answerPassed += passed ? 1 : 0;
                break;
            case "fallback":
                _fallbackRows++;
                _fallbackPassed += passed ? 1 : 0;
                break;
        }

        // Every row that must not be an emergency (not-emergency, answer, fallback) counts for the false-emergency rate.
        _calmRows++;
        _calmRoutedEmergency += routedEmergency ? 1 : 0;
    }

    public override string ToString() =>
        $"emergency recall {Ratio(_emergencyRouted, _emergencyRows)}; false-emergency rate {Ratio(_calmRoutedEmergency, _calmRows)}; " +
        $"answer accuracy {Ratio(_answerPassed, _answerRows)}; fallback accuracy {Ratio(_fallbackPassed, _fallbackRows)}";

    private static string Ratio(int count, int total) =>
        total == 0 ? "n/a" : string.Create(CultureInfo.InvariantCulture, $"{(double)count / total:0.000} ({count}/{total})");
}
