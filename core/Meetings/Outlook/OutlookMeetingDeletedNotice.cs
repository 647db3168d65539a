using Verkostot.Core.Domain;
using Verkostot.Core.Localization;
using Verkostot.Core.Messaging;

namespace Verkostot.Core.Meetings.Outlook;

/// <summary>To a network's coordinators, once: someone deleted a meeting's Outlook event, so the bot no longer updates it.</summary>
public sealed record OutlookMeetingDeletedNotice(Language Language, MeetingDetails Meeting) : Notice(Language)
{
    public string Title => $"Outlook-kokous poistettiin: {MeetingKindNames.Of(Meeting.Kind, Language)} {HelsinkiDateFormat.Format(Meeting.StartsAt, Language)}";

    public const string WhatHappened =
        "Joku poisti kokouksen järjestäjän Outlook-kalenterista, joten osallistujat saivat peruutuksen. Kokous on edelleen botin tiedoissa, mutta botti ei enää päivitä sitä Outlookiin.";

    public const string WhatToDo = "Jos kokous on peruttu, peru se myös botissa (\"peru kokous\"). Jos ei, kerro osallistujille, että kokous pidetään.";

    public override string PlainText => $"{Title} ({Meeting.NetworkName}). {WhatHappened} {WhatToDo}";
}
