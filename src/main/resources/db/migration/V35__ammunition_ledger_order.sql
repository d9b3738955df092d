-- The ammunition ledger reads newest first, all lots or one lot: in index order, so that its
-- first page does not sort every entry ever recorded (a brigade records a draw and a return
-- per caliber and session, hundreds of thousands a year).
create index ammo_entry_time_idx on ammo_entry (recorded_at desc, id desc);
drop index ammo_entry_lot_idx;
create index ammo_entry_lot_idx on ammo_entry (lot_id, recorded_at desc, id desc);
