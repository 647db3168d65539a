using Verkostot.Core.Domain;
using Verkostot.Core.Localization;
using Verkostot.Core.Messaging;

namespace Verkostot.Core.Questions.Unanswered;

/// <summary>
/// The monthly card to a network's coordinator: "Kysymykset, joihin en löytänyt vastausta", the most asked first,
/// each with buttons to mark it answered by a data change or out of scope.
/// </summary>
/// <param name="Month">The month the questions were asked in, "2026-11".</param>
/// <param name="MonthName">The month as the reader says it, "marraskuussa 2026".</param>
/// <param name="Questions">At most <see cref="MaxShown"/>, the most asked first.</param>
/// <param name="Total">How many distinct questions there were in all.</param>
public sealed record UnansweredQuestionsNotice(
    Language Language,
    string NetworkId,
    string NetworkName,
    string Month,
    string MonthName,
    IReadOnlyList<UnansweredItem> Questions,
    int Total) : Notice(Language)
{
    public const int MaxShown = 15;

    public string Heading => Language.Pick(
        "Kysymykset, joihin en löytänyt vastausta",
        "Frågor som jag inte hittade svar på",
        "Questions I found no answer to");

    public string Intro => Language.Pick(
        $"{NetworkName}: kysymykset {MonthName}. Kysyjiä ei tallenneta. Kun lisäät puuttuvan tiedon, merkitse kysymys vastatuksi.",
        $"{NetworkName}: frågorna {MonthName}. Vem som frågade sparas inte. När du har lagt till uppgiften kan du markera frågan som besvarad.",
        $"{NetworkName}: the questions {MonthName}. Who asked is not kept. Once you have added the missing facts, mark the question answered.");

    public override string PlainText =>
        $"{Heading}\n{Intro}\n" + string.Join("\n", Questions.Select(q => $"- \"{q.Text}\" ({q.Times}×, {StatusText(q.Status)})"))
        + (Total > Questions.Count ? "\n" + Language.Pick($"… ja {Total - Questions.Count} muuta", $"… och {Total - Questions.Count} till", $"… and {Total - Questions.Count} more") : string.Empty);

    public string StatusText(UnansweredStatus status) => status switch
    {
        UnansweredStatus.AnsweredByDataChange => Language.Pick("vastattu tietoja muuttamalla", "besvarad genom ändrade uppgifter", "answered by a data change"),
        UnansweredStatus.OutOfScope => Language.Pick("ei kuulu botille", "hör inte till boten", "out of scope"),
        _ => Language.Pick("avoin", "öppen", "open"),
    };
}
