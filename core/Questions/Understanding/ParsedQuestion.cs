using Verkostot.Core.Domain;
using Verkostot.Core.Questions.Entities;
using Verkostot.Core.Questions.Text;

namespace Verkostot.Core.Questions.Understanding;

/// <summary>What the bot understood of a question.</summary>
/// <param name="Role">The role asked about, for <see cref="QuestionIntent.RoleHolder"/>.</param>
/// <param name="AsksDeputy">The question is about the deputy (varajäsen) rather than the member.</param>
/// <param name="MeetingKind">The kind of meeting asked about, when the question names one.</param>
/// <param name="Period">The days asked about ("ensi viikolla"), when the question names them.</param>
/// <param name="NamesUnknownNetwork">
/// The question names a network the data does not have ("kuutoskaupungit") or asks what the data never holds (pay,
/// passwords): nothing may answer it but the honest not-found.
/// </param>
/// <param name="IsYesNo">Asked for yes or no ("onko Herrala puheenjohtaja?", "kuuluuko Kokkola …", "is … the chair").</param>
/// <param name="Year">A year the question names ("kuka oli puheenjohtaja 2024"): roles and terms of that year.</param>
public sealed record ParsedQuestion(
    NormalizedText Text,
    Language Language,
    QuestionIntent Intent,
    EntityMentions Entities,
    Role? Role = null,
    bool AsksDeputy = false,
    MeetingKind? MeetingKind = null,
    Period? Period = null,
    int? Year = null,
    bool NamesUnknownNetwork = false,
    bool IsYesNo = false);
