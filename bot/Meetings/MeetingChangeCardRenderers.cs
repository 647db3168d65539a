using Verkostot.Bot.Cards.AdaptiveCards;
using Verkostot.Bot.Messaging;
using Verkostot.Core.Localization;
using Verkostot.Core.Meetings;
using Verkostot.Core.Reminders.Notices;

namespace Verkostot.Bot.Meetings;

public sealed class MeetingMovedCardRenderer(MeetingCardParts parts) : NoticeCardRenderer<MeetingMovedNotice>
{
    protected override AdaptiveCard Render(MeetingMovedNotice notice)
    {
        var language = notice.Language;
        var heading = $"{language.Pick("Uusi aika", "Ny tid", "New time")}: {MeetingKindNames.Of(notice.Meeting.Kind, language)} {HelsinkiDateFormat.Format(notice.Meeting.StartsAt, language)}";
        var was = language.Pick("Aiempi aika oli", "Den tidigare tiden var", "It was") + " " + HelsinkiDateFormat.Format(notice.PreviousStartsAt, language) + ".";
        return new AdaptiveCard
        {
            Body = [MeetingCardParts.Heading(heading), new TextBlock(was) { Wrap = true, IsSubtle = true }, .. parts.Details(notice.Meeting, language)],
            Actions = [.. parts.Links(notice.Meeting, language)],
            FallbackText = notice.PlainText,
        };
    }
}

public sealed class MeetingCancelledCardRenderer : NoticeCardRenderer<MeetingCancelledNotice>
{
    protected override AdaptiveCard Render(MeetingCancelledNotice notice)
    {
        var language = notice.Language;
        var heading = $"{language.Pick("Peruttu", "Inställt", "Cancelled")}: {MeetingKindNames.Of(notice.Meeting.Kind, language)} {HelsinkiDateFormat.Format(notice.Meeting.StartsAt, language)}";
        return new AdaptiveCard
        {
            Body =
            [
                MeetingCardParts.Heading(heading),
                new TextBlock(language.Pick("Kokousta ei pidetä. Voit poistaa sen kalenteristasi.", "Mötet hålls inte. Du kan ta bort det ur din kalender.", "The meeting will not be held. You can remove it from your calendar.")) { Wrap = true },
            ],
            FallbackText = notice.PlainText,
        };
    }
}

public sealed class UndeliveredRemindersCardRenderer : NoticeCardRenderer<UndeliveredRemindersNotice>
{
    protected override AdaptiveCard Render(UndeliveredRemindersNotice notice)
    {
        var language = notice.Language;
        var heading = $"{language.Pick("Viesti ei mennyt perille", "Meddelandet nådde inte fram", "Message not delivered")}: {MeetingKindNames.Of(notice.Meeting.Kind, language)} {HelsinkiDateFormat.Format(notice.Meeting.StartsAt, language)}";
        return new AdaptiveCard
        {
            Body =
            [
                MeetingCardParts.Heading(heading),
                new TextBlock(language.Pick("Tavoitathan nämä henkilöt muuta kautta:", "Kontakta dessa personer på annat sätt:", "Please reach these people another way:")) { Wrap = true },
                new FactSet([.. notice.Recipients.Select(r => new Fact(Answers.CardText.Plain(r.Name), r.Reason))]),
            ],
            FallbackText = notice.PlainText,
        };
    }
}

public sealed class MonthlyDigestCardRenderer : NoticeCardRenderer<Core.Meetings.Digest.MonthlyDigestNotice>
{
    protected override AdaptiveCard Render(Core.Meetings.Digest.MonthlyDigestNotice notice)
    {
        var language = notice.Language;
        return new AdaptiveCard
        {
            Body =
            [
                MeetingCardParts.Heading($"{notice.NetworkName}: {notice.Heading}"),
                new FactSet([.. notice.Meetings.Select(m => new Fact(
                    HelsinkiDateFormat.Format(m.StartsAt, language),
                    Answers.CardText.Plain(MeetingKindNames.Heading(m.Kind, language) + (m.Place is { } p ? $", {p}" : ""))))]),
            ],
            FallbackText = notice.PlainText,
        };
    }
}
