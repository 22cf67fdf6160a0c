using MessagePack;

namespace DakarCafe.Protocol;

/// <summary>
/// Moves all of a client's subscriptions from <see cref="StartVersion"/> to <see cref="EndVersion"/> at once:
/// every listed query was computed at <see cref="EndVersion"/>, and every unlisted one is still valid there.
/// </summary>
/// <param name="StartVersion">The version of the client's previous transition (0 for the first).</param>
/// <param name="EndVersion">The commit version all the client's queries now reflect.</param>
/// <param name="Modifications">The queries whose state changed.</param>
/// <param name="ConfirmedMutations">
/// The request ids of this session's mutations whose commits this transition is the first to include: a client
/// drops their optimistic updates as it applies it, even before their answers arrive.
/// </param>
[MessagePackObject]
public sealed record Transition(
    [property: Key("startVersion")] long StartVersion,
    [property: Key("endVersion")] long EndVersion,
    [property: Key("modifications")] IReadOnlyList<QueryModification> Modifications,
    [property: Key("confirmedMutations")] IReadOnlyList<long>? ConfirmedMutations = null);
