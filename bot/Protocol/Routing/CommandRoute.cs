using Verkostot.Bot.Chat;

namespace Verkostot.Bot.Protocol.Routing;

/// <summary>A message holding <see cref="Words"/> is a command for the handler, not a question.</summary>
public sealed record CommandRoute(CommandWords Words, Type Handler) : Route(Handler)
{
    public override string Kind => "command";

    public override string Key => Words.Phrases.FirstOrDefault().Words ?? "";

    public override Type HandlerKind => typeof(IChatCommand);
}
