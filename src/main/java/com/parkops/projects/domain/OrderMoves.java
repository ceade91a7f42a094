package com.parkops.projects.domain;

import com.parkops.projects.OrderState;

/**
 * The supervision order's allowed moves: a reply to an issued order; closing (销号) or sending back
 * a replied one. Anything else is refused with the message key of the refusal.
 */
final class OrderMoves {

    enum Move {
        REPLY,
        CLOSE,
        SEND_BACK
    }

    /** A refused move: the message key says why. */
    static final class Refused extends RuntimeException {

        private final String key;

        Refused(String key) {
            super(key);
            this.key = key;
        }

        String key() {
            return key;
        }
    }

    private OrderMoves() {}

    static OrderState next(OrderState from, Move move) {
        return switch (move) {
            case REPLY -> {
                if (from != OrderState.ISSUED) {
                    throw new Refused("projects.order.refused.reply");
                }
                yield OrderState.REPLIED;
            }
            case CLOSE -> {
                if (from != OrderState.REPLIED) {
                    throw new Refused("projects.order.refused.close");
                }
                yield OrderState.CLOSED;
            }
            case SEND_BACK -> {
                if (from != OrderState.REPLIED) {
                    throw new Refused("projects.order.refused.sendBack");
                }
                yield OrderState.ISSUED;
            }
        };
    }
}
