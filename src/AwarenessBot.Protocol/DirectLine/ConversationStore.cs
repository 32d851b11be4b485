using System.Buffers.Text;
using System.Collections.Concurrent;
using System.Security.Cryptography;
using Microsoft.Extensions.Options;

namespace AwarenessBot.Protocol.DirectLine;

/// <summary>
/// The embedded endpoint's conversations, in memory, bounded: idle ones expire, and when the cap
/// is reached the least recently used are forgotten. Single instance by design (design.md, Scale).
/// </summary>
internal sealed class ConversationStore(IOptions<DirectLineOptions> options, TimeProvider time)
{
    private readonly ConcurrentDictionary<string, Conversation> _conversations = new(StringComparer.Ordinal);
    private readonly Lock _evictGate = new();
    private readonly DirectLineOptions _options = options.Value;

    public int Count => _conversations.Count;

    public Conversation Create()
    {
        MakeRoom();
        var id = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(18));
        var conversation = new Conversation(id, _options.MaxActivitiesPerConversation, time.GetUtcNow());
        _conversations[id] = conversation;
        return conversation;
    }

    public Conversation? Find(string id)
    {
        if (!_conversations.TryGetValue(id, out var conversation))
        {
            return null;
        }

        var now = time.GetUtcNow();
        if (IsExpired(conversation, now))
        {
            Remove(conversation);
            return null;
        }

        conversation.Touch(now);
        return conversation;
    }

    private bool IsExpired(Conversation c, DateTimeOffset now) =>
        now - c.LastActive >= TimeSpan.FromSeconds(_options.ConversationIdleSeconds);

    private void Remove(Conversation conversation)
    {
        if (_conversations.TryRemove(new KeyValuePair<string, Conversation>(conversation.Id, conversation)))
        {
            conversation.Close();
        }
    }

    private void MakeRoom()
    {
        if (_conversations.Count < _options.MaxConversations)
        {
            return;
        }

        lock (_evictGate)
        {
            var now = time.GetUtcNow();
            var byAge = _conversations.Values.OrderBy(c => c.LastActive).ToList();
            // Expired ones go first; then the least recently used until there is room for one more.
            var excess = _conversations.Count - _options.MaxConversations + 1;
            foreach (var c in byAge)
            {
                if (excess <= 0 && !IsExpired(c, now))
                {
                    break;
                }

                Remove(c);
                excess--;
            }
        }
    }
}
