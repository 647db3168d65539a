using Verkostot.Core.Catalog;
using Verkostot.Core.Domain;
using Verkostot.Core.Questions.Understanding;

namespace Verkostot.Core.Questions.Answering;

/// <summary>
/// Everything an answer is composed from: the catalog, the understood question, who asks and when, and the asker's
/// answers to coming meetings (read from the database only when the question asks about them).
/// </summary>
public sealed record AnswerContext(
    NetworkCatalog Catalog,
    Question Question,
    ParsedQuestion Parsed,
    Person? Asker,
    DateTimeOffset Now,
    DateOnly Today,
    IReadOnlyDictionary<int, Reminders.AttendanceAnswer> AskerAttendance)
{
    public Language Language => Parsed.Language;

    public string L(string fi, string sv, string en) => Language switch
    {
        Language.Swedish => sv,
        Language.English => en,
        _ => fi,
    };

    public string Name(LocalizedText text) => text.In(Language);
}
