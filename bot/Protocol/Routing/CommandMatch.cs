namespace Verkostot.Bot.Protocol.Routing;

/// <summary>How a message must hold a command's words.</summary>
public enum CommandMatch
{
    /// <summary>The message is the words and nothing else ("tiedote").</summary>
    Exactly,

    /// <summary>The message begins with the words ("peru kokous ensi viikolla").</summary>
    StartingWith,

    /// <summary>The words are somewhere in the message ("ketkä jäsenet eivät ole teamsissa?").</summary>
    Containing,
}
