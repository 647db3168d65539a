namespace Verkostot.Core.Questions.Entities;

public readonly record struct EntityRef(EntityKind Kind, string Id);
