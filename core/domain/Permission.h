#pragma once

#include <QString>

namespace kiosk {

// Every action a role may or may not take. BookingService and the user administration ask
// AccessPolicy about one of these before they change or reveal anything.
enum class Permission {
    HoldSeats,          // hold seats for up to the terminal's standard hold time
    HoldForCustomer,    // hold longer than that for a customer at the desk
    Pay,                // submit a payment for a held booking this identity made
    PayAnyBooking,      // submit a payment for any held booking (the desk takes a customer's card)
    CancelOwnHold,      // cancel an unpaid hold this identity made
    CheckIn,            // check in passengers who prove the booking with reference and surname
    LookUpBookings,     // find and read any booking
    CancelBookings,     // cancel any booking, or one passenger of it
    RefundWithinPolicy, // refund what the cancellation policy allows
    ChangeSeat,         // move a passenger of a confirmed booking to another seat
    Offload,            // undo a passenger's check-in at the desk
    OverrideRefund,     // refund more (or less) than the policy says, with a reason
    ViewReports,        // the sales and operations reports
    ManageUsers,        // add users, set passwords, disable users
    SetRefundPolicy,    // change the cancellation refund tiers of a cabin
    SetHoldLimits,      // change how many holds a terminal of each role may place, and the decline extension
    AdministerDatabase, // migrate the schema, load demo data
    HandleDisruptions,  // mark a disruption of a schedule change handled
    ImportSchedules,    // load schedules (SSIM, feeds) that add, change and cancel flights
    ConfigureAirlines,  // airlines on file (codes, name, address), check-in windows, bag allowances
    ManageVouchers,     // create, list and withdraw discount vouchers
    HandleNotifications, // the outbox (deliver, list, retry: travellers' addresses) and purging contact details
    OpenFlightsForSale,  // open one flight for sale before its sales horizon, for a customer at the desk
    OpenDueFlights,      // open every flight that has entered the sales horizon (operations, as importing)
    BlockSeats,          // take seats out of sale, or keep them for the desk, with a reason; give them back
    SetPrices,           // set fares and seat surcharges (re-prices the free seats)
    CallStaff,           // a traveller at a kiosk asks for help (the Help button)
    AnswerStaffCalls,    // see the kiosks' calls for help and answer one ("On my way")
    ChangeAircraft,      // put one flight on another aircraft layout, reseating its passengers
    ManageLayouts,       // import aircraft layouts (a new version of a layout; flights keep theirs)
    CancelFlights,       // cancel one flight by hand: its holds end, its bookings become disruptions
};

} // namespace kiosk
