using Verkostot.Core.Domain;
using Verkostot.Core.Localization;

namespace Verkostot.Core.Questions.Answering;

/// <summary>Wording of a term's dates in answers.</summary>
public static class SeatTerms
{
    /// <summary>"1.1.2024–31.12.2024".</summary>
    public static string Period(Term term) => $"{HelsinkiDateFormat.NumericDate(term.Start)}–{HelsinkiDateFormat.NumericDate(term.End)}";
}
