package org.citebot.index;

import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.SingleInstanceLockFactory;

/** Heap directories for indexes that live as long as the process. */
final class InMemory {

    private InMemory() {
    }

    /**
     * An empty heap directory whose files are read back as one buffer each. Lucene's default
     * keeps a file as many small buffers, and every term lookup and postings read clones its
     * input: with many buffers each clone copies the whole buffer list, which was a tenth of an
     * answer's time and a quarter of what it allocated on the seeds.
     */
    static Directory directory() {
        return new ByteBuffersDirectory(new SingleInstanceLockFactory(), ByteBuffersDataOutput::new,
                ByteBuffersDirectory.OUTPUT_AS_ONE_BUFFER);
    }
}
