using Verkostot.Core.Domain;

namespace Verkostot.Core.Administration;

/// <summary>"1.1.2026–31.12.2026": how a term is named in messages, the way Finnish and Swedish both write dates.</summary>
public static class TermPeriod
{
    public static string Of(Term term) => Of(term.Start, term.End);

    public static string Of(DateOnly start, DateOnly end) => $"{start.Day}.{start.Month}.{start.Year}–{end.Day}.{end.Month}.{end.Year}";

    /// <summary>The key that names a term in the change log and in an import's plan: body and first day.</summary>
    public static string Key(string bodyId, DateOnly start) => $"{bodyId}/{start:yyyy-MM-dd}";
}
