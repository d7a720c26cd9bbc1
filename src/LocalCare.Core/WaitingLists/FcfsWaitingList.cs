namespace LocalCare.Core.WaitingLists;

/// <summary>
/// One replication's waiting list, first come first served, in whole days: each person is the day they were received (the census is day 0,
/// so someone who had waited 30 days at it was received on day −30). People join at the back in the order received; a slot on day d removes
/// the person at the front only if they were received strictly before day d. Reused between replications, so a run allocates nothing per event.
/// </summary>
public sealed class FcfsWaitingList
{
    private const int MinimumCapacity = 64;

    /// <summary>Days received, ascending; the people waiting are those in [_head, _tail).</summary>
    private int[] _received;

    private int _head;
    private int _tail;

    public FcfsWaitingList(int capacity = MinimumCapacity)
    {
        _received = new int[Math.Max(capacity, MinimumCapacity)];
    }

    /// <summary>How many are waiting.</summary>
    public int Count => _tail - _head;

    /// <summary>Starts again with the people received on <paramref name="receivedDays"/> (ascending: the longest wait first).</summary>
    public void Reset(ReadOnlySpan<int> receivedDays)
    {
        for (var i = 1; i < receivedDays.Length; i++)
        {
            if (receivedDays[i] < receivedDays[i - 1])
            {
                throw new ArgumentException("The days received must be in ascending order (the longest wait first).", nameof(receivedDays));
            }
        }

        if (_received.Length < receivedDays.Length)
        {
            _received = new int[receivedDays.Length * 2];
        }

        receivedDays.CopyTo(_received);
        _head = 0;
        _tail = receivedDays.Length;
    }

    /// <summary>Someone received on <paramref name="day"/> joins at the back; days must not go backwards (first come, first served).</summary>
    public void Add(int day)
    {
        if (_tail > _head && day < _received[_tail - 1])
        {
            throw new ArgumentException($"Day {day} is before the last person's day {_received[_tail - 1]}: people join in the order received.", nameof(day));
        }

        if (_tail == _received.Length)
        {
            MakeRoom();
        }

        _received[_tail++] = day;
    }

    /// <summary>
    /// Uses up to <paramref name="slots"/> slots on <paramref name="day"/>, each on the person at the front if they were received strictly
    /// before that day; a slot nobody can use is lost. Returns how many were seen.
    /// </summary>
    public int Serve(int day, int slots)
    {
        var served = 0;
        while (served < slots && _head < _tail && _received[_head] < day)
        {
            _head++;
            served++;
        }

        return served;
    }

    /// <summary>How many waiting were received before <paramref name="day"/>.</summary>
    public int CountReceivedBefore(int day)
    {
        // Days received are ascending, so the count is where day would go: the first index whose day is not before it.
        var low = _head;
        var high = _tail;
        while (low < high)
        {
            var middle = low + ((high - low) / 2);
            if (_received[middle] < day)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low - _head;
    }

    /// <summary>How many, at the end of <paramref name="day"/>, have waited more than <paramref name="weeks"/> weeks: more than 7 × weeks days.</summary>
    public int CountWaitingOver(int day, int weeks) => CountReceivedBefore(day - (7 * weeks));

    /// <summary>Each person waiting leaves the list with <paramref name="probability"/>, independently, drawing from <paramref name="random"/>; returns how many left.</summary>
    public int Withdraw(ref SimulationRandom random, double probability)
    {
        if (probability <= 0)
        {
            return 0;
        }

        // Keep the stayers in order at the front of the live range; one pass, no allocation.
        var kept = _head;
        for (var i = _head; i < _tail; i++)
        {
            if (random.NextDouble() >= probability)
            {
                _received[kept++] = _received[i];
            }
        }

        var withdrawn = _tail - kept;
        _tail = kept;
        return withdrawn;
    }

    /// <summary>Slides the waiting people to the start of the buffer, or doubles it when they already fill it.</summary>
    private void MakeRoom()
    {
        if (_head > _received.Length / 2)
        {
            Array.Copy(_received, _head, _received, 0, Count);
        }
        else
        {
            var larger = new int[_received.Length * 2];
            Array.Copy(_received, _head, larger, 0, Count);
            _received = larger;
        }

        _tail = Count;
        _head = 0;
    }
}
